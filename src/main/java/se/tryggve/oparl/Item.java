package se.tryggve.oparl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One OParl object before it is stamped and written: its type, the key of its id URL, and its
 * properties in order. A property's value may be another {@link Item} or a list of them (embedded
 * objects, OParl 1.1 "Eingebettete Objekte"), which are written in full with their own times.
 */
record Item(String type, String key, Map<String, Object> fields) {

    static Item of(String type, Object key) {
        return new Item(type, String.valueOf(key), new LinkedHashMap<>());
    }

    /** Sets a property unless the value is null or an empty string (OParl: leave out what is unknown). */
    Item put(String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            fields.put(name, value);
        }
        return this;
    }
}
