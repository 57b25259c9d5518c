package se.tryggve.organisation;

import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import se.tryggve.security.MunicipalityResolver;

/** Lets security find the municipality of an OIDC login by its code. */
@Component
class MunicipalityResolverImpl implements MunicipalityResolver {

    private final Municipalities municipalities;

    MunicipalityResolverImpl(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public OptionalLong findMunicipalityIdByCode(String code) {
        return municipalities.findByCode(code).map(m -> OptionalLong.of(m.id())).orElseGet(OptionalLong::empty);
    }
}
