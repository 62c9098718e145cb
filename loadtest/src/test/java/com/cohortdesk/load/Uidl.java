package com.cohortdesk.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Vaadin Flow's client-server protocol as the browser's FlowClient speaks it, without a browser: the bootstrap
 * ({@code ?v-r=init} gives the UI id, the CSRF token {@code Vaadin-Security-Key} and the first {@code syncId}),
 * then UIDL requests ({@code ?v-r=uidl}) carrying {@code csrfToken}, {@code syncId}, {@code clientId} and RPC
 * invocations: DOM events ({@code ui-navigate}, {@code click}, {@code item-click}, {@code value-changed}), property
 * syncs ({@code mSync}) and {@code $server} calls ({@code publishedEventHandler}, e.g. the grid's
 * {@code setViewportRange}). The state-tree node ids the RPCs target are read from each response's changes
 * (the element's {@code id} attribute, or its {@code aria-label}), never hard-coded.
 */
final class Uidl {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARK_LABEL = Pattern.compile("^(Present|Late|Excused|Absent): (.+)$");

    private Uidl() {
    }

    /** The outcome of a UIDL or init response: ok, lost (the session is gone: sign in again) or error. */
    static String classify(int status, String body) {
        if (status == 401 || status == 403 || (status >= 300 && status < 400)) return "lost";
        if (status != 200) return "error:" + status;
        if (body.contains("\"sessionExpired\":true") || body.contains("Vaadin-Refresh") || body.startsWith("<!")
                || body.contains("<html")) return "lost";
        if (body.contains("\"appError\"")) return "error:appError";
        if (body.contains("\"syncId\":-1")) return "error:resync";
        return "ok";
    }

    static JsonNode parse(String body) {
        var text = body.startsWith("for(;;);") ? body.substring(8) : body;
        try {
            var node = JSON.readTree(text);
            return node.isArray() && !node.isEmpty() ? node.get(0) : node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the bootstrap: UI id, CSRF token, first syncId; forgets the node ids of the previous UI. */
    static Session afterInit(Session session) {
        var body = session.getString("resp");
        if (!"ok".equals(classify(200, body == null ? "" : body))) return session.set("outcome", "lost");
        var config = parse(body).get("appConfig");
        var uidl = config.get("uidl");
        return session.set("uiId", config.get("v-uiId").asInt()).set("csrf", uidl.get("Vaadin-Security-Key").asText())
                .set("syncId", uidl.get("syncId").asInt()).set("clientId", 0).set("nodes", Map.of()).set("labels", Map.of()).set("pressed", List.of())
                .set("outcome", "ok");
    }

    /** The request body of a UIDL request carrying these RPC invocations. */
    static String body(Session session, List<ObjectNode> rpc) {
        var message = JSON.createObjectNode();
        message.put("csrfToken", session.getString("csrf"));
        ArrayNode calls = message.putArray("rpc");
        rpc.forEach(calls::add);
        message.put("syncId", session.getInt("syncId"));
        message.put("clientId", session.getInt("clientId"));
        return message.toString();
    }

    /** After a UIDL response: the next syncId and clientId, and the node ids it introduced. */
    static Session afterUidl(Session session) {
        var body = session.getString("resp");
        var outcome = session.getString("outcome");
        if (body == null || !"ok".equals(outcome)) return session;
        var response = parse(body);
        var next = session.set("syncId", response.path("syncId").asInt(session.getInt("syncId")))
                .set("clientId", response.has("clientId") ? response.get("clientId").asInt() : session.getInt("clientId") + 1);
        Map<String, Integer> nodes = new HashMap<>(session.getMap("nodes"));
        Map<String, Integer> labels = new HashMap<>(session.getMap("labels"));
        var pressed = new ArrayList<Integer>(session.getList("pressed"));
        for (var change : response.path("changes")) {
            if (!"put".equals(change.path("type").asText())) continue;
            var key = change.path("key").asText();
            if ("id".equals(key)) nodes.put(change.path("value").asText(), change.path("node").asInt());
            if ("aria-label".equals(key)) labels.put(change.path("value").asText(), change.path("node").asInt());
            if ("aria-pressed".equals(key)) {
                pressed.remove(Integer.valueOf(change.path("node").asInt()));
                if ("true".equals(change.path("value").asText())) pressed.add(change.path("node").asInt());
            }
        }
        // Rows the learner grid received: [{"@v-node": grid}, index, [items with "key"], "return $0.$connector.set($1,$2)"]
        var keys = new ArrayList<String>();
        Integer grid = nodes.get("learner-grid");
        for (var call : response.path("execute")) {
            if (grid == null || !call.isArray() || call.size() < 4) continue;
            if (call.get(0).path("@v-node").asInt(-1) != grid || !call.get(call.size() - 1).asText().contains("$connector.set(")) continue;
            for (var item : call.get(2)) if (item.has("key")) keys.add(item.get("key").asText());
        }
        return next.set("nodes", nodes).set("labels", labels).set("pressed", pressed).set("itemKeys", keys.isEmpty() ? next.getList("itemKeys") : keys);
    }

    static int node(Session session, String elementId) {
        Integer node = session.<Integer>getMap("nodes").get(elementId);
        if (node == null) throw new IllegalStateException("no element with id " + elementId + " in the UI");
        return node;
    }

    static ObjectNode navigate(String route, String query) {
        var data = JSON.createObjectNode();
        data.put("route", route).put("query", query).put("appShellTitle", "").put("trigger", "link");
        data.putObject("historyState").put("idx", 1);
        return event(1, "ui-navigate", data);
    }

    static ObjectNode event(int node, String name, ObjectNode data) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "event").put("node", node).put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode click(int node) {
        var data = JSON.createObjectNode();
        data.put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1).put("event.ctrlKey", false)
                .put("event.clientX", 10).put("event.clientY", 10).put("event.altKey", false).put("event.button", 0)
                .put("event.screenX", 10).put("event.screenY", 10);
        return event(node, "click", data);
    }

    static ObjectNode itemClick(int grid, String itemKey) {
        var data = JSON.createObjectNode();
        data.put("event.detail.itemKey", itemKey).put("event.detail.internalColumnId", "col0").put("event.detail.button", 0)
                .put("event.detail.clientX", 10).put("event.detail.clientY", 10).put("event.detail.detail", 1)
                .put("event.detail.shiftKey", false).put("event.detail.ctrlKey", false).put("event.detail.altKey", false)
                .put("event.detail.metaKey", false).put("event.detail.screenX", 10).put("event.detail.screenY", 10);
        return event(grid, "item-click", data);
    }

    static ObjectNode sync(int node, String property, String value) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "mSync").put("node", node).put("feature", 1).put("property", property).put("value", value);
        return rpc;
    }

    static ObjectNode serverCall(int node, String method, int promise, Object... args) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler").put("node", node).put("templateEventMethodName", method);
        var array = rpc.putArray("templateEventMethodArgs");
        for (var arg : args) array.addPOJO(arg);
        rpc.put("promise", promise);
        return rpc;
    }

    /** A learner's attendance button on the occurrence page: node, mark and learner, or null when none is markable. */
    record Mark(int node, String mark, String learner) {
    }

    static Mark pickMark(Session session) {
        Map<String, Integer> labels = session.getMap("labels");
        List<Integer> pressed = session.getList("pressed");
        Map<String, List<Map.Entry<String, Integer>>> byLearner = new HashMap<>();
        for (var entry : labels.entrySet()) {
            var m = MARK_LABEL.matcher(entry.getKey());
            if (m.matches() && !pressed.contains(entry.getValue())) byLearner.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(Map.entry(m.group(1), entry.getValue()));
        }
        if (byLearner.isEmpty()) return null;
        var learners = new ArrayList<>(byLearner.keySet());
        var learner = learners.get(ThreadLocalRandom.current().nextInt(learners.size()));
        var buttons = byLearner.get(learner);
        var choice = buttons.get(ThreadLocalRandom.current().nextInt(buttons.size()));
        return new Mark(choice.getValue(), choice.getKey(), learner);
    }

    private static Writer marks;

    /** One line per mark sent whose response came back without error: compared with the database afterwards. */
    static synchronized void recordMark(Session session, String outcome) {
        try {
            if (marks == null) {
                var file = Path.of(System.getProperty("marks.file", "target/loadtest/marks.csv"));
                Files.createDirectories(file.toAbsolutePath().getParent());
                marks = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            marks.write(String.join(",", Instant.now().toString(), session.getString("username"), session.getString("node"),
                    session.getString("occurrence"), session.getString("markValue"), outcome,
                    '"' + session.getString("markLearner").replace("\"", "\"\"") + '"') + "\n");
            marks.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
