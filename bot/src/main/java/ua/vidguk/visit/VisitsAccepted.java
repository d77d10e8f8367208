package ua.vidguk.visit;

import java.util.List;

/** Visits were reported and stored for the first time (a repeated report publishes nothing). */
public record VisitsAccepted(List<AcceptedVisit> visits) {}
