package com.cohortdesk.notice;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays a {@link NoticeContent} out as the text part and the HTML part, from the Thymeleaf templates in
 * {@code src/main/resources/notices/} (classpath, cached). The HTML template escapes every value
 * ({@code th:text}); the text template writes values as they are (plain text needs no escaping). Thymeleaf
 * core only: no Spring MVC view resolver, so Vaadin and the error pages are untouched.
 */
public final class NoticeTemplates {

    /** The two parts of a rendered notice. */
    public record Rendered(String text, String html) {}

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver(NoticeTemplates.class.getClassLoader());
        resolver.setPrefix("notices/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    public Rendered render(NoticeContent content) {
        var context = new Context(Locale.UK, Map.of("n", content));
        var plain = text.process("notice", context);
        return new Rendered(
                plain.replace("\r\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n",
                html.process("notice", context));
    }
}
