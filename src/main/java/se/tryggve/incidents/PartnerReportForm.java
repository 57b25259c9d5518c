package se.tryggve.incidents;

/**
 * The partner report form (mobile first): category, place (map pin → latitude/longitude, or an address),
 * when it happened (date and time, Europe/Stockholm), description, whether it was reported to the police.
 * {@code occurredAt} and {@code position} are the fields the use case's refusals name.
 */
public class PartnerReportForm {

    private String categoryCode;
    private String occurredDate;
    private String occurredTime;
    private String latitude;
    private String longitude;
    private String address;
    private String description;
    private boolean policeReported;
    private String policeReportNumber;

    public String getOccurredAt() {
        return occurredDate == null ? null : occurredDate + " " + occurredTime;
    }

    public String getPosition() {
        return latitude == null ? null : latitude + "," + longitude;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getOccurredDate() {
        return occurredDate;
    }

    public void setOccurredDate(String occurredDate) {
        this.occurredDate = occurredDate;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isPoliceReported() {
        return policeReported;
    }

    public void setPoliceReported(boolean policeReported) {
        this.policeReported = policeReported;
    }

    public String getPoliceReportNumber() {
        return policeReportNumber;
    }

    public void setPoliceReportNumber(String policeReportNumber) {
        this.policeReportNumber = policeReportNumber;
    }
}
