package dev.ordo.calendar.agenda;

import java.util.List;

/** The agenda of a range of days, told in {@code timezone} (the caller's). */
public record Agenda(String timezone, List<AgendaItem> items) {}
