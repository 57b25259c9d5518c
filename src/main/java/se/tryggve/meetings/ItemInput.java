package se.tryggve.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One listed part of a paragraph (see {@link ItemKind}). */
public record ItemInput(
        @NotNull(message = "{meetings.item.kind.required}") ItemKind kind,
        Long personId,
        @Size(max = 200) String title,
        String text,
        @Size(max = 100) String annexRef) {
}
