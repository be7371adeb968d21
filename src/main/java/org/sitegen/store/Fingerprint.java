package org.sitegen.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A 128-bit fingerprint of a value: of text, and of the data a page is rendered from (records,
 * lists, maps, text, numbers), walked in the order a template would see it. Like the build
 * state's file fingerprints it tells an edit from no edit, it does not stand up to an adversary:
 * two multiply-xor hashes of 64 bits with different constants, a few CPU cycles per character
 * (SHA-256 of the same 10,000 bodies cost several times more). A value of a type not listed here
 * has no fingerprint ({@link Unhashable}): its page is then always rendered, never trusted.
 */
public final class Fingerprint {
    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;

    private long a = 0x243F6A8885A308D3L;
    private long b = 0x13198A2E03707344L;
    /** What this fingerprint's walk shares with the others of its build (and page kind). */
    private final Walk walk;
    /**
     * The only classes whose components vary by page kind this walk may meet, or null for any:
     * within a record remembered for every kind that walks them alike ({@link Shared}).
     */
    private final Class<?>[] scope;

    public Fingerprint() {
        this(Walk.PLAIN, null);
    }

    /** @param texts where fingerprints of stored texts are kept for reuse (one map per build), or null */
    public Fingerprint(Map<Identity, String> texts) {
        this(texts == null ? Walk.PLAIN : new Walk(texts, null, null), null);
    }

    private Fingerprint(Walk walk, Class<?>[] scope) {
        this.walk = walk;
        this.scope = scope;
    }

    /**
     * What the page fingerprints of one build's page kinds share: the fingerprints of records
     * walked alike by several kinds. A kind walks of a record class what its templates read
     * ({@link #forOneBuild(Map, Function, Shared)}), so each kind remembered its own: a
     * briefing's view, shown on a day's, a week's, a month's, a year's, the home's and its
     * tags' pages, was walked once for each. What a kind walks of a record depends only on
     * which components it walks of the record's class and of the classes the walk meets:
     * kinds that agree on all of those (a {@link Profile}) share the fingerprint. The classes a
     * walk may meet are found from the record's declared component types; a walk that meets
     * another whose components vary by kind (through a component declared {@code Object}) is
     * abandoned, and that class is remembered per kind.
     */
    public static final class Shared {
        /** Whether which components are walked of a class may vary by page kind (the view records'). */
        private final java.util.function.Predicate<Class<?>> varying;
        private final Map<Class<?>, Class<?>[]> scopes = new ConcurrentHashMap<>();
        private final Map<List<String>, Profile> profiles = new ConcurrentHashMap<>();
        // Sized for a large archive's page kinds (docs/performance.md, seventeenth session, cold2
        // helper): growing copies the whole table while every rendering thread waits on it.
        // The table is allocated at the first record remembered, so a build that shares none pays nothing.
        private final Map<SharedKey, long[]> records = new ConcurrentHashMap<>(1 << 18);

        public Shared(java.util.function.Predicate<Class<?>> varying) {
            this.varying = varying;
        }

        /** The classes whose components vary by kind that a walk of a {@code type} can meet, by declared types. */
        Class<?>[] scope(Class<?> type) {
            return scopes.computeIfAbsent(type, t -> {
                java.util.Set<Class<?>> reached = new java.util.LinkedHashSet<>();
                reach(t, reached);
                return reached.toArray(new Class<?>[0]);
            });
        }

        private void reach(java.lang.reflect.Type type, java.util.Set<Class<?>> reached) {
            if (type instanceof Class<?> c) {
                if (c.isArray()) {
                    reach(c.getComponentType(), reached);
                } else if (varying.test(c) && reached.add(c)) {
                    if (c.isRecord()) {
                        for (RecordComponent component : c.getRecordComponents()) {
                            reach(component.getGenericType(), reached);
                        }
                    }
                    if (c.isSealed()) {
                        for (Class<?> sub : c.getPermittedSubclasses()) {
                            reach(sub, reached);
                        }
                    }
                }
            } else if (type instanceof java.lang.reflect.ParameterizedType p) {
                reach(p.getRawType(), reached);
                for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
                    reach(argument, reached);
                }
            } else if (type instanceof java.lang.reflect.WildcardType w) {
                for (java.lang.reflect.Type bound : w.getUpperBounds()) {
                    reach(bound, reached);
                }
            } else if (type instanceof java.lang.reflect.GenericArrayType g) {
                reach(g.getGenericComponentType(), reached);
            } // a type variable's or Object's values: checked as they are met
        }

        /** The one profile of these classes walked this way. */
        Profile profile(Class<?>[] scope, Function<Class<?>, boolean[]> shown) {
            List<String> key = new java.util.ArrayList<>();
            for (Class<?> type : scope) {
                if (!type.isRecord()) {
                    continue; // an interface: its records are in the scope too
                }
                boolean[] walked = shown == null ? null : shown.apply(type);
                key.add(type.getName() + " " + (walked == null ? "*" : java.util.Arrays.toString(walked)));
            }
            key.sort(null);
            return profiles.computeIfAbsent(List.copyOf(key), k -> new Profile());
        }
    }

    /** Which components a page kind walks of the classes a record's walk may meet: compared by identity. */
    private static final class Profile {
        private static final java.util.concurrent.atomic.AtomicInteger MADE = new java.util.concurrent.atomic.AtomicInteger();
        final int hash = MADE.incrementAndGet() * 0x9E3779B9;
    }

    /** A record walked under a profile. */
    private record SharedKey(Object value, Profile profile) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SharedKey o && o.value == value && o.profile == profile;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value) * 31 + profile.hash;
        }
    }

    /** A walk within a {@link #scope} met a class outside it. */
    private static final class Escaped extends RuntimeException {
        static final Escaped MET = new Escaped();

        private Escaped() {
            super("met a class outside the scope", null, false, false);
        }
    }

    /**
     * What the fingerprints of one build (of one page kind) share: the texts' and large records'
     * fingerprints known by identity, which components of each record class are walked, and what
     * is known of each class met, found once per walk rather than looked up per value.
     */
    private static final class Walk {
        static final Walk PLAIN = new Walk(null, null, null);

        /** Fingerprints of stored texts already walked (by identity), or null: each is walked once per build. */
        final Map<Identity, String> texts;
        /** Fingerprints of large records already walked (by identity), or null. */
        final Map<Identity, long[]> records;
        /** Which components of a record class are walked (null: all), or null for every record whole. */
        final Function<Class<?>, boolean[]> shown;
        final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
        /** Records shared with the walks of other page kinds, or null. */
        final Shared shared;

        Walk(Map<Identity, String> texts, Function<Class<?>, boolean[]> shown, Shared shared) {
            this(texts, shown, shared, texts != null);
        }

        /** @param remember whether large records are remembered by identity ({@link #records}) */
        Walk(Map<Identity, String> texts, Function<Class<?>, boolean[]> shown, Shared shared, boolean remember) {
            this.texts = texts;
            this.records = remember ? new ConcurrentHashMap<>(1 << 14) : null;
            this.shown = shown;
            this.shared = texts == null ? null : shared;
        }

        /** What the walk knows of {@code type}, met at {@code site} (null: anywhere). */
        Shape shape(Class<?> type, Site site) {
            if (site != null) {
                Shape last = site.last;
                if (last != null && last.type == type) {
                    return last;
                }
            }
            Shape shape = shapes.get(type);
            if (shape == null) {
                shape = new Shape(type, shown, shared);
                Shape raced = shapes.putIfAbsent(type, shape);
                shape = raced == null ? shape : raced;
            }
            if (site != null) {
                site.last = shape;
            }
            return shape;
        }
    }

    /**
     * A place values are met at (a record class's component, a collection's elements, a map's
     * keys or values): it remembers the class met there last. Most places see one class, so the
     * walk seldom looks a class up (a look-up hashes the class, a native call under the quick JIT).
     * Shared by threads: a stale or lost entry only costs a look-up.
     */
    private static final class Site {
        Shape last;
        private Site items;
        private Site values;

        /** Where the elements (a map's keys) of a collection met here are met. */
        Site items() {
            Site site = items;
            if (site == null) {
                items = site = new Site();
            }
            return site;
        }

        /** Where the values of a map met here are met. */
        Site values() {
            Site site = values;
            if (site == null) {
                values = site = new Site();
            }
            return site;
        }
    }

    /** What a walk knows of a class: its {@link Kind} and, for a record, its components and which are walked. */
    private static final class Shape {
        final Class<?> type;
        final Kind kind;
        /** {@code Map.of}, {@code Set.of}: see {@link #inNoFixedOrder}. */
        final boolean unordered;
        /** A record's accessors, in the order of its components; null for other kinds. */
        final Method[] accessors;
        /** Which of a record's components are walked; null: all. */
        final boolean[] walked;
        /** Where each of a record's components is met. */
        final Site[] components;
        /** The fingerprint of a record's class name, made once. */
        final long nameA;
        final long nameB;
        /** Whether which components are walked of this class may vary by page kind. */
        final boolean varying;
        /** Which classes whose components vary by kind a walk of a value may meet ({@link Shared#scope}), or null. */
        final Class<?>[] scope;
        /** How the values are remembered for every kind that walks them so, or null: per kind. */
        Profile profile;
        /**
         * Whether values of this record class are looked up by identity: once one was remembered,
         * until {@link #unshared}. Counted without locks by every thread: a lost count or a stale
         * flag only costs a walk or a look-up, never changes a fingerprint.
         */
        boolean lookedUp;

        /** Whether remembering values of this record class was found to pay nothing: few were met again. */
        boolean unshared;
        /** How many values of this record class were remembered, how many found again. */
        int remembered;
        int found;

        /** Whether {@code scope} (null: any) admits this class. */
        boolean within(Class<?>[] scope) {
            if (scope == null || !varying) {
                return true;
            }
            for (Class<?> admitted : scope) {
                if (admitted == type) {
                    return true;
                }
            }
            return false;
        }

        Shape(Class<?> type, Function<Class<?>, boolean[]> shown, Shared shared) {
            this.type = type;
            this.kind = kindOf(type);
            this.unordered = (kind == Kind.MAP || kind == Kind.COLLECTION) && inNoFixedOrder(type);
            if (kind == Kind.RECORD) {
                accessors = ACCESSORS.computeIfAbsent(type, Fingerprint::accessors);
                walked = shown == null ? null : shown.apply(type);
                components = new Site[accessors.length];
                for (int i = 0; i < components.length; i++) {
                    components[i] = new Site();
                }
                Fingerprint name = new Fingerprint().add(type.getName());
                nameA = name.a;
                nameB = name.b;
                varying = shared != null && shared.varying.test(type);
                scope = varying ? shared.scope(type) : null;
                profile = varying ? shared.profile(scope, shown) : null;
            } else {
                varying = false;
                scope = null;
                accessors = null;
                walked = null;
                components = null;
                nameA = 0;
                nameB = 0;
            }
        }
    }

    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    /** An object compared by identity: a listing shows the same stored body as the briefing's page. */
    public record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity o && o.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** A value the walk does not know how to fingerprint. */
    public static final class Unhashable extends RuntimeException {
        Unhashable(Class<?> type) {
            super("no fingerprint for " + type.getName(), null, false, false);
        }
    }

    public Fingerprint add(long value) {
        work++;
        a = Long.rotateLeft((a ^ value) * P1, 29);
        b = Long.rotateLeft((b + value) * P2, 31) ^ a;
        return this;
    }

    public Fingerprint add(String text) {
        int n = text.length();
        add(n);
        // ASCII text (most of an archive's) is hashed from its bytes, eight per round: String keeps
        // it as bytes, so getBytes is one copy, where toCharArray widens every character first
        byte[] ascii = text.getBytes(StandardCharsets.UTF_8);
        if (ascii.length == n) {
            long a0 = a, b0 = b;
            int work0 = work;
            long questionMarks = 0; // UTF-8 writes a lone surrogate as '?': such text is not ASCII
            int i = 0;
            for (; i + 8 <= n; i += 8) {
                long eight = (ascii[i] & 0xFFL) | (ascii[i + 1] & 0xFFL) << 8 | (ascii[i + 2] & 0xFFL) << 16
                        | (ascii[i + 3] & 0xFFL) << 24 | (ascii[i + 4] & 0xFFL) << 32 | (ascii[i + 5] & 0xFFL) << 40
                        | (ascii[i + 6] & 0xFFL) << 48 | (ascii[i + 7] & 0xFFL) << 56;
                long x = eight ^ 0x3F3F3F3F3F3F3F3FL; // a zero byte where a '?' was
                questionMarks |= (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
                add(eight);
            }
            for (; i < n; i++) {
                questionMarks |= ascii[i] == '?' ? 1 : 0;
                add(ascii[i]);
            }
            if (questionMarks == 0 || isAscii(text, ascii)) {
                return this;
            }
            a = a0;
            b = b0;
            work = work0;
        }
        // any other text by its chars, four per round: charAt() costs a call and two checks per
        // char under the quick JIT
        char[] chars = text.toCharArray();
        add(-1);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            add((long) chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48);
        }
        for (; i < n; i++) {
            add(chars[i]);
        }
        return this;
    }

    /**
     * Adds a stored text as {@link #addValue} does: by its fingerprint, taken from {@code texts}
     * (a kept body's, recorded with it) or made once and put there; made each time without them.
     */
    public Fingerprint add(StoredText text, Map<Identity, String> texts) {
        return add(2).add(texts == null ? new Fingerprint().add(text.load()).hex()
                : texts.computeIfAbsent(new Identity(text), t -> ofText(text.load(), texts)));
    }

    /** Whether each '?' of {@code text}'s UTF-8 bytes (as many as it has chars) is a real one. */
    private static boolean isAscii(String text, byte[] utf8) {
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '?' && text.charAt(i) != '?') {
                return false;
            }
        }
        return true;
    }

    public Fingerprint add(byte[] bytes) {
        add(bytes.length);
        for (byte x : bytes) {
            add(x);
        }
        return this;
    }

    /**
     * Adds a page's data: null, text, numbers, booleans, enums, dates, stored texts, records (by
     * their components, with the record's class name), lists and maps (in iteration order, the
     * order a template sees); anything else throws {@link Unhashable}.
     */
    public Fingerprint addValue(Object value) {
        return addValue(value, null);
    }

    /** {@link #addValue(Object)} of a value met at {@code site} (null: anywhere). */
    private Fingerprint addValue(Object value, Site site) {
        if (value == null) {
            return add(0x6E756C6CL);
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            return add(1).add((String) value);
        }
        Shape shape = walk.shape(type, site);
        switch (shape.kind) {
            case STORED_TEXT:
                return add((StoredText) value, walk.texts);
            case INTEGER:
                return add(3).add(((Number) value).longValue());
            case BOOLEAN:
                return add((Boolean) value ? 4 : 5);
            case DECIMAL:
                return add(6).add(value.getClass().getName()).add(value.toString());
            case ENUM: {
                Enum<?> e = (Enum<?>) value;
                return add(7).add(e.getDeclaringClass().getName()).add(e.name());
            }
            case TIME:
                return add(8).add(value.getClass().getName()).add(value.toString());
            case MAP: {
                Map<?, ?> map = (Map<?, ?>) value;
                add(9).add(map.size());
                Site keys = site == null ? null : site.items();
                Site values = site == null ? null : site.values();
                if (shape.unordered) {
                    map.forEach((k, v) -> addUnordered(k, keys, v, values));
                    return addSums();
                }
                map.forEach((k, v) -> addValue(k, keys).addValue(v, values));
                return this;
            }
            case COLLECTION: {
                Collection<?> list = (Collection<?>) value;
                add(10).add(list.size());
                Site items = site == null ? null : site.items();
                if (shape.unordered) {
                    list.forEach(item -> addUnordered(item, items, null, null));
                    return addSums();
                }
                if (list instanceof java.util.List<?> indexed && list instanceof java.util.RandomAccess) {
                    for (int i = 0, n = indexed.size(); i < n; i++) { // no iterator, no lambda per element
                        addValue(indexed.get(i), items);
                    }
                    return this;
                }
                list.forEach(item -> addValue(item, items));
                return this;
            }
            case CHARACTER:
                return add(11).add((Character) value);
            case RECORD:
                return addRecordValue(value, shape);
            default:
                throw new Unhashable(value.getClass());
        }
    }

    /** What a value of each class is to the walk: found once per class, not by a chain of instanceof per value. */
    private enum Kind { TEXT, STORED_TEXT, INTEGER, BOOLEAN, DECIMAL, ENUM, TIME, MAP, COLLECTION, CHARACTER, RECORD, UNKNOWN }

    private static Kind kindOf(Class<?> type) { // in this order: an enum that is also a date field is an enum
        if (type == String.class) {
            return Kind.TEXT;
        }
        if (StoredText.class.isAssignableFrom(type)) {
            return Kind.STORED_TEXT;
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            return Kind.INTEGER;
        }
        if (type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == Double.class || type == Float.class || java.math.BigDecimal.class.isAssignableFrom(type)
                || java.math.BigInteger.class.isAssignableFrom(type)) {
            return Kind.DECIMAL;
        }
        if (Enum.class.isAssignableFrom(type)) {
            return Kind.ENUM;
        }
        if (TemporalAccessor.class.isAssignableFrom(type) || java.time.ZoneId.class.isAssignableFrom(type)
                || type == java.util.Locale.class) {
            return Kind.TIME;
        }
        if (Map.class.isAssignableFrom(type)) {
            return Kind.MAP;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Kind.COLLECTION;
        }
        if (type == Character.class) {
            return Kind.CHARACTER;
        }
        return type.isRecord() ? Kind.RECORD : Kind.UNKNOWN;
    }

    private Fingerprint addRecordValue(Object value, Shape shape) {
        if (!shape.within(scope)) {
            throw Escaped.MET;
        }
        Profile profile = shape.profile;
        if (profile != null) {
            SharedKey key = new SharedKey(value, profile);
            long[] known = walk.shared.records.get(key);
            if (known == null) {
                Fingerprint record = new Fingerprint(walk, shape.scope);
                try {
                    record.addRecord(value, shape);
                } catch (Escaped met) { // its scope is within its container's: this record's doing
                    shape.profile = null; // remembered per kind from now on; what was shared met nothing else
                    return addRecordValue(value, shape);
                }
                known = record.sum();
                if (record.work >= SHARED_WORK) {
                    walk.shared.records.put(key, known);
                }
            }
            return add(13).add(known[0]).add(known[1]);
        }
        // a briefing's view is on its page and in every listing that shows it: walked once per build.
        // Not within a scope: what this kind remembered may have met classes outside it.
        Map<Identity, long[]> records = scope == null ? walk.records : null;
        long[] known = records == null || !shape.lookedUp ? null : records.get(new Identity(value));
        if (known != null) {
            shape.found++;
        } else {
            Fingerprint record = new Fingerprint(walk, scope).addRecord(value, shape);
            known = record.sum();
            if (records != null && record.work >= REMEMBERED_WORK && !shape.unshared) {
                records.put(new Identity(value), known);
                shape.lookedUp = true;
                if (++shape.remembered >= TRIAL && shape.found < shape.remembered / 4) {
                    shape.unshared = true; // each value on one page (a briefing's view among the day pages)
                    shape.lookedUp = false;
                }
            }
        }
        return add(13).add(known[0]).add(known[1]);
    }

    /**
     * Whether {@code values} iterate in an order that changes from one run of the JVM to the next:
     * {@code Map.of} and {@code Set.of} (their order is salted at start-up). Walked in that order,
     * a page whose model is a {@code Map.of} got another fingerprint in every build (every week
     * page of a 10,000-briefing archive rendered again for one new briefing); templates cannot
     * list such a map (a cold build's output would change from run to run), so its entries are
     * combined in an order-free way.
     */
    private static boolean inNoFixedOrder(Class<?> type) {
        return type.getName().startsWith("java.util.ImmutableCollections$Map")
                || type.getName().startsWith("java.util.ImmutableCollections$Set");
    }

    private long sumA;
    private long sumB;

    /** Adds one entry (or element, {@code value} null) of an unordered map or set to the sums. */
    private void addUnordered(Object key, Site keys, Object value, Site values) {
        Fingerprint entry = new Fingerprint(walk, scope).addValue(key, keys).addValue(value, values);
        work += entry.work;
        sumA += mix(entry.a ^ Long.rotateLeft(entry.b, 17));
        sumB += mix(entry.b ^ Long.rotateLeft(entry.a, 41));
    }

    private Fingerprint addSums() {
        add(sumA).add(sumB);
        sumA = 0;
        sumB = 0;
        return this;
    }

    /**
     * A record whose own walk took at least this many steps is remembered by identity for the
     * build, unless its class proves {@link Shape#unshared} after {@link #TRIAL} of them. The
     * smallest (a tag's link) are walked again: remembering every record a page reaches kept
     * every page's data alive until the build's end (the map holds its keys) and grew a map of
     * hundreds of thousands of entries, which cost a 10,000-briefing cold build a full
     * collection and more CPU than the walks it saved. A briefing's link is on its neighbours',
     * related and earlier days' pages: walked once, when the planner shares it.
     */
    private static final int REMEMBERED_WORK = 64;
    /**
     * A record of a class walked alike by several page kinds is remembered from this many steps:
     * a briefing's link, a tag's, the site's view are each on many pages, the planner shares
     * them, and a look-up costs less than walking their texts again.
     */
    private static final int SHARED_WORK = 16;
    /** How many values of a record class are remembered before asking whether any was met again. */
    private static final int TRIAL = 512;
    /** Steps ({@link #add(long)} calls) this fingerprint has taken: what walking its value again would cost. */
    private int work;

    private Fingerprint addRecord(Object value, Shape shape) {
        add(12).add(shape.nameA).add(shape.nameB);
        Method[] accessors = shape.accessors;
        boolean[] walked = shape.walked;
        for (int i = 0; i < accessors.length; i++) {
            if (walked != null) {
                if (!walked[i]) {
                    continue;
                }
                add(i); // which components were walked is part of the fingerprint
            }
            Object component;
            try {
                component = accessors[i].invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new Unhashable(shape.type);
            }
            addValue(component, shape.components[i]);
        }
        return this;
    }

    private static Method[] accessors(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Method[] methods = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            methods[i] = components[i].getAccessor();
            try {
                methods[i].setAccessible(true);
            } catch (RuntimeException notOpen) {
                throw new Unhashable(record);
            }
        }
        return methods;
    }

    /**
     * Fingerprints that share one walk: stored texts' fingerprints known by identity in {@code
     * texts} (filled as they go), records walked whole and never remembered. For fingerprints
     * made of many small parts, each walked once ({@link #addValue}) and combined ({@link #add(Fingerprint)}).
     */
    public static java.util.function.Supplier<Fingerprint> sharing(Map<Identity, String> texts) {
        Walk walk = new Walk(texts, null, null, false);
        return () -> new Fingerprint(walk, null);
    }

    /** Adds {@code other}'s fingerprint so far (two numbers, not its steps again). */
    public Fingerprint add(Fingerprint other) {
        long[] sum = other.sum();
        return add(14).add(sum[0]).add(sum[1]);
    }

    /** The fingerprint so far, as two numbers ({@link #add(long[])} adds them to another). */
    public long[] numbers() {
        return sum();
    }

    /** Adds a fingerprint given as its {@link #numbers}. */
    public Fingerprint add(long[] numbers) {
        return add(15).add(numbers[0]).add(numbers[1]);
    }

    /** The fingerprint so far, 32 hex digits. */
    public String hex() {
        return hex(sum());
    }

    /** A fingerprint given as its {@link #numbers}, 32 hex digits, as {@link #hex()} writes it. */
    public static String hex(long[] numbers) {
        // written straight into one array: a page's key is made of thousands of these
        byte[] digits = new byte[32];
        hexDigits(numbers[0], digits, 0);
        hexDigits(numbers[1], digits, 16);
        return new String(digits, StandardCharsets.ISO_8859_1);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    /** {@code value}'s 16 lower-case hex digits, as {@link HexFormat#toHexDigits(long)} writes them, at {@code at}. */
    private static void hexDigits(long value, byte[] into, int at) {
        for (int i = 15; i >= 0; i--) {
            into[at + i] = HEX[(int) value & 0xF];
            value >>>= 4;
        }
    }

    /** The fingerprint so far, as two numbers: what a record's walk adds to its container's. */
    private long[] sum() {
        return new long[] {mix(a ^ Long.rotateLeft(b, 17)), mix(b ^ Long.rotateLeft(a, 41))};
    }

    private static long mix(long z) { // SplitMix64's finaliser: every input bit reaches every output bit
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The fingerprint of a text, as {@code known} has it (a kept body's, recorded with it) or made now. */
    public static String ofText(String text, Map<Identity, String> known) {
        String recorded = known == null ? null : known.get(new Identity(text));
        return recorded != null ? recorded : new Fingerprint().add(text).hex();
    }

    /** The fingerprint of {@code value} ({@link #addValue}). */
    public static String of(Object value) {
        return new Fingerprint().addValue(value).hex();
    }

    /**
     * Fingerprints of values for one build, each stored text and large record walked once; null for a
     * value the walk does not know (its page is then always rendered).
     *
     * @param texts fingerprints known by identity (the kept bodies' texts, see {@link RecordedBodies}), filled as it goes
     */
    public static Function<Object, String> forOneBuild(Map<Identity, String> texts) {
        return forOneBuild(texts, null);
    }

    /**
     * {@link #forOneBuild(Map)}, walking of each record only the components {@code shown} says
     * (by the order of {@link Class#getRecordComponents}; null from it: all of them), the indices
     * of those walked included. Records are remembered apart from texts, by each function
     * apart: what is remembered of a record depends on what is shown.
     */
    public static Function<Object, String> forOneBuild(Map<Identity, String> texts, Function<Class<?>, boolean[]> shown) {
        return forOneBuild(texts, shown, null);
    }

    /**
     * {@link #forOneBuild(Map, Function)}, sharing the fingerprints of records with the other
     * functions of {@code shared} that walk them alike (one per page kind, see {@link Shared}).
     */
    public static Function<Object, String> forOneBuild(Map<Identity, String> texts, Function<Class<?>, boolean[]> shown,
                                                       Shared shared) {
        Walk walk = texts == null && shown == null ? Walk.PLAIN : new Walk(texts, shown, shared);
        return value -> {
            try {
                // the value itself (a page's inputs) is never remembered: it is asked about once
                if (value != null && value.getClass().isRecord()) {
                    long[] record = new Fingerprint(walk, null).addRecord(value, walk.shape(value.getClass(), null)).sum();
                    return new Fingerprint(walk, null).add(13).add(record[0]).add(record[1]).hex();
                }
                return new Fingerprint(walk, null).addValue(value).hex();
            } catch (Unhashable unknown) {
                return null;
            }
        };
    }
}
