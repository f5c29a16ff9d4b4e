package academy.shared;

import java.lang.reflect.Field;

/** Gives an entity made in a unit test the id the database would have given it (ids are generated, never set). */
public final class TestIds {

    private TestIds() {
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(entity.getClass().getSimpleName() + " has no id field", e);
        }
        return entity;
    }
}
