package se.tryggve.est;

/** The picture of this period is already compiled: it cannot change (409); a correction is a new version. */
public class AlreadyCompiledException extends RuntimeException {

    public AlreadyCompiledException(String periodKey) {
        super("Lägesbilden för " + periodKey + " är redan sammanställd; gör en rättelse i stället");
    }
}
