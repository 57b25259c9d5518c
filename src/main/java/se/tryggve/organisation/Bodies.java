package se.tryggve.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/** Use cases on political bodies (KF, KS, committees, preparatory committees). */
@Service
public class Bodies {

    private final BodyRepository bodies;
    private final ApplicationEventPublisher events;

    Bodies(BodyRepository bodies, ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<BodyInfo> listBodies(long municipalityId) {
        return bodies.findByMunicipalityIdOrderByName(municipalityId).stream().map(Body::toInfo).toList();
    }

    @Transactional(readOnly = true)
    public BodyInfo findBody(long municipalityId, long id) {
        return load(municipalityId, id).toInfo();
    }

    @Transactional
    public BodyInfo createBody(long municipalityId, BodyInput in) {
        Body b = new Body();
        b.municipalityId = municipalityId;
        apply(b, in);
        bodies.save(b);
        events.publishEvent(StateChanged.of(municipalityId, "Body", b.id, "created")
                .value("name", b.name).value("shortName", b.shortName).value("type", b.type)
                .value("parentId", b.parentId).value("active", b.active).build());
        return b.toInfo();
    }

    @Transactional
    public BodyInfo updateBody(long municipalityId, long id, long expectedVersion, BodyInput in) {
        Body b = load(municipalityId, id);
        Versions.check(b.version, expectedVersion, "Body", id);
        StateChanged.Builder change = StateChanged.of(municipalityId, "Body", id, "updated");
        String name = b.name;
        String shortName = b.shortName;
        BodyType type = b.type;
        Long parentId = b.parentId;
        boolean active = b.active;
        apply(b, in);
        change.field("name", name, b.name).field("shortName", shortName, b.shortName).field("type", type, b.type)
                .field("parentId", parentId, b.parentId).field("active", active, b.active);
        bodies.save(b);
        events.publishEvent(change.build());
        return b.toInfo();
    }

    private void apply(Body b, BodyInput in) {
        String name = in.getName().trim();
        bodies.findByMunicipalityIdAndName(b.municipalityId, name)
                .filter(other -> !other.id.equals(b.id))
                .ifPresent(other -> {
                    throw new RuleViolationException("name", "organisation.body.nameTaken");
                });
        checkParent(b, in.getParentId());
        b.name = name;
        b.shortName = Versions.blankToNull(in.getShortName());
        b.type = in.getType();
        b.parentId = in.getParentId();
        if (in.getActive() != null) {
            b.active = in.getActive();
        }
    }

    /** The parent must be a body of the same municipality, and the chain of parents must not loop. */
    private void checkParent(Body b, Long parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(b.id)) {
            throw new RuleViolationException("parentId", "organisation.body.parentSelf");
        }
        Set<Long> seen = new HashSet<>();
        Long current = parentId;
        while (current != null) {
            if (current.equals(b.id) || !seen.add(current)) {
                throw new RuleViolationException("parentId", "organisation.body.parentCycle");
            }
            Body parent = bodies.findByIdAndMunicipalityId(current, b.municipalityId)
                    .orElseThrow(() -> new RuleViolationException("parentId", "organisation.body.parentUnknown"));
            current = parent.parentId;
        }
    }

    Body load(long municipalityId, long id) {
        return bodies.findByIdAndMunicipalityId(id, municipalityId).orElseThrow(() -> new NotFoundException("Body", id));
    }
}
