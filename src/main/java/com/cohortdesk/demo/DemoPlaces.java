package com.cohortdesk.demo;

import java.util.List;

/** Where demo learners live: a country and a time zone of it, spread over every continent. */
final class DemoPlaces {

    record Place(String country, String zone) {}

    static final List<Place> PLACES = List.of(
            new Place("GB", "Europe/London"),
            new Place("GB", "Europe/London"),
            new Place("IE", "Europe/Dublin"),
            new Place("DE", "Europe/Berlin"),
            new Place("ES", "Europe/Madrid"),
            new Place("GR", "Europe/Athens"),
            new Place("NG", "Africa/Lagos"),
            new Place("KE", "Africa/Nairobi"),
            new Place("ZA", "Africa/Johannesburg"),
            new Place("EG", "Africa/Cairo"),
            new Place("AE", "Asia/Dubai"),
            new Place("IR", "Asia/Tehran"),
            new Place("PK", "Asia/Karachi"),
            new Place("IN", "Asia/Kolkata"),
            new Place("IN", "Asia/Kolkata"),
            new Place("NP", "Asia/Kathmandu"),
            new Place("LK", "Asia/Colombo"),
            new Place("SG", "Asia/Singapore"),
            new Place("CN", "Asia/Shanghai"),
            new Place("JP", "Asia/Tokyo"),
            new Place("AU", "Australia/Sydney"),
            new Place("AU", "Australia/Adelaide"),
            new Place("NZ", "Pacific/Auckland"),
            new Place("US", "America/New_York"),
            new Place("US", "America/Chicago"),
            new Place("US", "America/Los_Angeles"),
            new Place("CA", "America/Toronto"),
            new Place("CA", "America/St_Johns"),
            new Place("MX", "America/Mexico_City"),
            new Place("BR", "America/Sao_Paulo"),
            new Place("CO", "America/Bogota"),
            new Place("AR", "America/Argentina/Buenos_Aires"));

    private DemoPlaces() {}
}
