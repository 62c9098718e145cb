#!/usr/bin/env python3
"""Heap retained by the signed-in sessions, from a heap dump (issue #15; scripts/session-memory.sh runs it when
SESSION_MEMORY_DUMP is set): the objects reachable from the GC roots only through one HTTP session
(org.apache.catalina.session.StandardSession; what several sessions share is reported apart), per session and by
class, and the tags of the Vaadin elements they hold. Unlike the histogram difference, it leaves out what grows with load but belongs to no session (connection
buffers, pools, caches). Sizes as the JVM lays objects out with compressed oops (12-byte header, 4-byte references,
8-byte alignment). Usage: scripts/heap-retained.py heap.hprof"""
import struct, sys, collections

path = sys.argv[1]
BLOCK = 'org.apache.catalina.session.StandardSession'
data = open(path, 'rb').read()
i = data.index(b'\0') + 1
idsize = struct.unpack('>I', data[i:i+4])[0]; i += 12
assert idsize == 8
Q = struct.Struct('>Q'); I = struct.Struct('>I'); H = struct.Struct('>H')
strings = {}; cname = {}
TYPESIZE = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
JVMSIZE = {2: 4, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
segments = []
n = len(data)
while i < n:
    tag = data[i]; length = I.unpack_from(data, i+5)[0]; body = i + 9
    if tag == 0x01:
        strings[Q.unpack_from(data, body)[0]] = data[body+8:body+length].decode('utf-8', 'replace')
    elif tag == 0x02:
        cname[Q.unpack_from(data, body+4)[0]] = Q.unpack_from(data, body+16)[0]
    elif tag in (0x0C, 0x1C):
        segments.append((body, body + length))
    i = body + length
cname = {k: strings.get(v, '?').replace('/', '.') for k, v in cname.items()}

ROOTSIZE = {0xFF: 8, 0x01: 16, 0x02: 16, 0x03: 16, 0x04: 12, 0x05: 8, 0x06: 12, 0x07: 8, 0x08: 16, 0x89: 8,
            0x8A: 8, 0x8B: 8, 0x8C: 8, 0x8D: 8, 0x8E: 16, 0x90: 8, 0xC3: 8}
classinfo = {}   # class id -> (super, [field types])
roots = []
objs = {}        # id -> (kind, class/elem, offset, count/len)  kind: 0 instance, 1 objarray, 2 primarray
statics = collections.defaultdict(list)
for (s, e) in segments:
    j = s
    while j < e:
        sub = data[j]; j += 1
        if sub == 0x20:
            cid = Q.unpack_from(data, j)[0]; sup = Q.unpack_from(data, j + 12)[0]
            k = j + 4 + 7*8 + 4
            cp = H.unpack_from(data, k)[0]; k += 2
            for _ in range(cp):
                t = data[k+2]; k += 3 + TYPESIZE[t]
            st = H.unpack_from(data, k)[0]; k += 2
            for _ in range(st):
                t = data[k+8]
                if t == 2: statics[cid].append(Q.unpack_from(data, k+9)[0])
                k += 9 + TYPESIZE[t]
            inst = H.unpack_from(data, k)[0]; k += 2
            fields = []
            for _ in range(inst):
                fields.append(data[k+8]); k += 9
            classinfo[cid] = (sup, fields)
            roots.append(cid)
            j = k
        elif sub == 0x21:
            oid = Q.unpack_from(data, j)[0]; cid = Q.unpack_from(data, j + 12)[0]; ln = I.unpack_from(data, j+20)[0]
            objs[oid] = (0, cid, j + 24, ln)
            j = j + 24 + ln
        elif sub == 0x22:
            oid = Q.unpack_from(data, j)[0]; cnt = I.unpack_from(data, j+12)[0]; ec = Q.unpack_from(data, j+16)[0]
            objs[oid] = (1, ec, j + 24, cnt)
            j = j + 24 + cnt*8
        elif sub == 0x23:
            oid = Q.unpack_from(data, j)[0]; cnt = I.unpack_from(data, j+12)[0]; t = data[j+16]
            objs[oid] = (2, t, j + 17, cnt)
            j = j + 17 + cnt*TYPESIZE[t]
        else:
            if sub in (0xFF, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x90, 0xC3):
                roots.append(Q.unpack_from(data, j)[0])
            j += ROOTSIZE[sub]

layouts = {}
def layout(cid):
    if cid in layouts: return layouts[cid]
    out = []; c = cid
    while c in classinfo and c != 0:
        sup, fields = classinfo[c]; out.extend(fields); c = sup
    layouts[cid] = out
    return out

def align(x): return (x + 7) // 8 * 8
def size(oid):
    o = objs.get(oid)
    if o is None: return 0
    kind, c, off, ln = o
    if kind == 0: return align(12 + sum(JVMSIZE[t] for t in layout(c)))
    if kind == 1: return align(16 + 4*ln)
    return align(16 + ln*JVMSIZE[c])

def refs(oid):
    o = objs.get(oid)
    if o is None:
        return statics.get(oid, ())
    kind, c, off, ln = o
    if kind == 0:
        out = []; k = off
        for t in layout(c):
            if t == 2:
                r = Q.unpack_from(data, k)[0]
                if r: out.append(r)
            k += TYPESIZE[t]
        return out + statics.get(oid, [])
    if kind == 1:
        return [r for r in (Q.unpack_from(data, off + 8*q)[0] for q in range(ln)) if r]
    return ()

def cls(oid):
    o = objs.get(oid)
    if o is None: return 'class' if oid in classinfo else '?'
    kind, c, off, ln = o
    if kind == 0: return cname.get(c, '?')
    if kind == 1: return cname.get(c, '?') + '[]'
    return {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]', 10: 'int[]', 11: 'long[]'}[c]

block_ids = {oid for oid, o in objs.items() if o[0] == 0 and cname.get(o[1]) == BLOCK}

def mark(starts, blocked):
    seen = set(); stack = [s for s in starts if s not in blocked]
    while stack:
        x = stack.pop()
        if x in seen: continue
        seen.add(x)
        for r in refs(x):
            if r not in seen and r not in blocked: stack.append(r)
    return seen

base = mark(roots, block_ids)
owns = {b: mark([b], base) for b in block_ids}
# What two or more sessions reach (an interned string such as the navigation's markup) is retained by none of them alone
owners = collections.Counter()
for b in block_ids:
    owners.update(owns[b])
shared = {x for x, k in owners.items() if k > 1}
shared_bytes = sum(size(x) for x in shared)
owns = {b: o - shared for b, o in owns.items()}
# a signed-in staff session holds a UI; the others (e.g. a probe's request) are counted apart
staff = [b for b in block_ids if any(cls(x) == 'com.vaadin.flow.component.UI' for x in owns[b])]
if not staff: sys.exit('no session with a UI in the dump: did anyone sign in?')
per = [sum(size(x) for x in owns[b]) for b in staff]
joint = collections.Counter(); jointn = collections.Counter()
for b in staff:
    for x in owns[b]:
        joint[cls(x)] += size(x); jointn[cls(x)] += 1
total = sum(joint.values())
others = sum(sum(size(x) for x in owns[b]) for b in block_ids if b not in staff)
print('Retained only through a session with a UI: %.1f KB per session (%d sessions; min %.1f, max %.1f KB); '
      '%d other sessions, %d bytes in all' % (total / max(1, len(staff)) / 1024, len(staff), min(per) / 1024,
      max(per) / 1024, len(block_ids) - len(staff), others))
print('Shared by two or more sessions (counted in none of them): %d bytes in all' % shared_bytes)
for k, v in joint.most_common(15):
    print('%10d bytes/session %8.1f obj/session  %s' % (v // len(staff), jointn[k] / len(staff), k))


# The Vaadin elements the sessions keep (ElementData holds the tag), by tag
def string_value(sid):
    for r in refs(sid):
        a = objs.get(r)
        if a and a[0] == 2 and a[1] == 8: return data[a[2]:a[2]+a[3]].decode('latin-1')
    return None

tags = collections.Counter()
owned = set()
for b in staff: owned |= owns[b]
for x in owned:
    if cls(x) != 'com.vaadin.flow.internal.nodefeature.ElementData': continue
    found = []; frontier = [x]
    for _ in range(3):
        nxt = []
        for f in frontier:
            for r in refs(f):
                if cls(r) == 'java.lang.String':
                    v = string_value(r)
                    if v and v != 'tag': found.append(v)
                elif r in owned: nxt.append(r)
        frontier = nxt
    tags[','.join(found) or '(none)'] += 1
print('Vaadin elements per session: %.1f' % (sum(tags.values()) / len(staff)))
print('  ' + ', '.join('%s %.1f' % (k, v / len(staff)) for k, v in tags.most_common(25)))
