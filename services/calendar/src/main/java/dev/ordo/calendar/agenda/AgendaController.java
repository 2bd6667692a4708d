package dev.ordo.calendar.agenda;

import dev.ordo.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agenda")
@Tag(name = "Agenda", description = "My tasks and events, day by day")
class AgendaController {

    private final AgendaService agenda;

    AgendaController(AgendaService agenda) {
        this.agenda = agenda;
    }

    @GetMapping
    @Operation(
            summary = "My agenda from one day to another",
            description = "In my time zone: the open tasks of my projects due on those days (recurring ones once per "
                    + "occurrence, from the current one on) and the events I see (recurring ones once per "
                    + "occurrence), sorted by time. Both days included; at most 366 days (400).")
    Agenda agenda(
            @Parameter(description = "first day, YYYY-MM-DD", required = true) @RequestParam(required = false)
                    LocalDate from,
            @Parameter(description = "last day, YYYY-MM-DD", required = true) @RequestParam(required = false)
                    LocalDate to) {
        return agenda.of(Caller.current().userId(), from, to);
    }
}
