package se.tryggve.shared;

/**
 * The object does not exist, or belongs to another municipality: both answer 404 so that ids of
 * other tenants cannot be probed.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " finns inte");
    }
}
