package se.tryggve.publication;

import java.util.List;

import org.springframework.stereotype.Component;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.NotFoundException;

/**
 * The municipality of a portal URL ({@code /kommun/0126}). The code is SCB's four-digit kommunkod, so a link
 * stays the same whatever the installation's ids are. A malformed code answers 404 like an unknown one: the
 * path names no page, it is not a form field the visitor can correct.
 */
@Component
class PortalMunicipalities {

    private final Municipalities municipalities;

    PortalMunicipalities(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    List<Municipality> all() {
        return municipalities.listMunicipalities();
    }

    Municipality byCode(String code) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new NotFoundException("Municipality", "?");
        }
        return municipalities.findByCode(code).orElseThrow(() -> new NotFoundException("Municipality", code));
    }
}
