package se.tryggve.incidents;

/**
 * Personal data a reporter gave (Open311 email, first_name, last_name, phone, device_id, account_id).
 * Stored apart for the case handling only and never returned by any read for Open311 or the public.
 */
public record ReporterContact(String email, String firstName, String lastName, String phone, String deviceId,
                              String accountId) {
}
