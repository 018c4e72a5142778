package org.jointcommissioning.common.csv;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.PropertyWriter;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The columns of a list item's CSV, from the same Jackson serializers that write its JSON, in the JSON's property
 * order: a property whose JSON is a scalar (text, number, boolean, date, enumeration) is a column; a nested object
 * (money, an address) is flattened into one column per property with a dotted name ({@code pledged.amount},
 * {@code pledged.currency}); an array, a map or a free-form value is one column holding its JSON text. An item that
 * is not a JSON object (a list of codes) is one column, {@code value}.
 */
public final class CsvColumns {

    private static final int MAX_DEPTH = 4;

    private CsvColumns() {
    }

    public static List<CsvColumn> of(ObjectMapper mapper, JavaType itemType) {
        List<CsvColumn> columns = new ArrayList<>();
        SerializerProvider provider = mapper.getSerializerProviderInstance();
        BeanSerializerBase bean = beanSerializer(provider, itemType);
        if (bean == null) {
            columns.add(new CsvColumn("value", JsonPointer.empty()));
            return columns;
        }
        add(provider, bean, "", 0, columns);
        return columns;
    }

    private static void add(SerializerProvider provider, BeanSerializerBase bean, String prefix, int depth,
                            List<CsvColumn> columns) {
        Iterator<PropertyWriter> properties = bean.properties();
        while (properties.hasNext()) {
            PropertyWriter property = properties.next();
            String name = prefix + property.getName();
            BeanSerializerBase nested = depth < MAX_DEPTH ? beanSerializer(provider, property.getType()) : null;
            if (nested == null) {
                columns.add(CsvColumn.at(name));
            } else {
                add(provider, nested, name + ".", depth + 1, columns);
            }
        }
    }

    /** The serializer of a type written as a JSON object with fixed properties, or null for anything else. */
    private static BeanSerializerBase beanSerializer(SerializerProvider provider, JavaType type) {
        if (type == null || type.isContainerType() || type.isJavaLangObject() || type.isAbstract()) {
            return null;
        }
        try {
            JsonSerializer<Object> serializer = provider.findValueSerializer(type);
            return serializer instanceof BeanSerializerBase bean ? bean : null;
        } catch (JsonMappingException e) {
            return null;
        }
    }
}
