package dk.healthmarket.web.api;

import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads numbers, instants and enum values from the query and the path, and names the parameter
 * when one cannot be read: JAX-RS alone would answer a bad query value with a bare 404.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (type == Integer.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, Text.of("request.parameter.number"));
        }
        if (type == Long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, Text.of("request.parameter.number"));
        }
        if (type == Instant.class) {
            return (ParamConverter<T>) converter(name, Instant::parse, Text.of("request.parameter.instant"));
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            String allowed = Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(enumType, value), Text.of("request.parameter.oneOf", allowed));
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, Text rule) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new InvalidInputException(name, rule);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }
}
