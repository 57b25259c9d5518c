package se.tryggve.security;

import java.util.OptionalLong;

/**
 * Finds a municipality (tenant) by its code for logins that arrive without one (OIDC). Implemented
 * by the organisation module, which owns the municipalities; security may not read their table.
 */
public interface MunicipalityResolver {

    OptionalLong findMunicipalityIdByCode(String code);
}
