package se.tryggve.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A political body: council, board, committee or preparatory committee. */
@Table("body")
class Body {

    @Id
    Long id;
    long municipalityId;
    String name;
    String shortName;
    BodyType type;
    Long parentId;
    boolean active = true;
    @Version
    Long version;

    BodyInfo toInfo() {
        return new BodyInfo(id, name, shortName, type, parentId, active, version);
    }
}
