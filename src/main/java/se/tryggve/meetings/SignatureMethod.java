package se.tryggve.meetings;

/**
 * How a signer's confirmation of the minutes was given. The column is open to more methods: an
 * e-signature (e.g. BankID or a qualified signature under eIDAS) would be added here with its
 * evidence stored beside the signature row.
 */
public enum SignatureMethod {
    /** Recorded by the secretary on the signer's behalf (given on paper or orally). */
    CONFIRMED,
    /** Given by the signer personally, logged in with an account linked to their person. */
    LOGIN
}
