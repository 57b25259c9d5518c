package se.tryggve.shared;

/** An update was based on an older version than the stored one (optimistic locking): 409/412. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String objectType, Object id) {
        super(objectType + " " + id + " har ändrats av någon annan; läs in den igen");
    }
}
