package ua.vidguk.cnap;

import java.util.List;

/** One page of centres, in code order. */
record CnapPage(List<Cnap> items, int page, int size, long totalItems) {}
