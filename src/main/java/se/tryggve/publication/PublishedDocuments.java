package se.tryggve.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.governance.DocumentStatus;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;

/**
 * The governing documents the public sees: adopted ones only (a draft is work material until decided;
 * an expired document is history and stays on the municipality's records, not on the portal).
 */
@Service
public class PublishedDocuments {

    private final GovernanceQueries governance;

    PublishedDocuments(GovernanceQueries governance) {
        this.governance = governance;
    }

    @Transactional(readOnly = true)
    public List<GoverningDocument> documents(long municipalityId) {
        return governance.listDocuments(municipalityId).stream()
                .filter(d -> d.status() == DocumentStatus.ADOPTED).toList();
    }

    @Transactional(readOnly = true)
    public Optional<GoverningDocument> document(long municipalityId, long documentId) {
        // looked up in the list: a missing id must not throw inside this transaction (it would mark it rollback-only)
        return documents(municipalityId).stream().filter(d -> d.id() == documentId).findFirst();
    }
}
