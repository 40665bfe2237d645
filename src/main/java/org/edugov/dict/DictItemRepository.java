package org.edugov.dict;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DictItemRepository {

    private final JdbcClient jdbc;

    DictItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * All items of the types this build knows. Rows of a type added by a newer migration but not yet
     * to {@link DictType} are skipped instead of failing the whole load.
     */
    List<DictItem> findAll() {
        return jdbc.sql("""
                        SELECT type_code, code, label_zh, label_en, sort_order, parent_code, active
                        FROM dict.dict_item
                        WHERE type_code IN (:types)
                        ORDER BY type_code, sort_order, code
                        """)
                .param("types", Arrays.stream(DictType.values()).map(Enum::name).toList())
                .query((rs, row) -> new DictItem(
                        DictType.valueOf(rs.getString("type_code")),
                        rs.getString("code"),
                        rs.getString("label_zh"),
                        rs.getString("label_en"),
                        rs.getInt("sort_order"),
                        rs.getString("parent_code"),
                        rs.getBoolean("active")))
                .list();
    }
}
