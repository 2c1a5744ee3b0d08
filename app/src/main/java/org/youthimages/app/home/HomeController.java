package org.youthimages.app.home;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;

import java.util.Map;

@Controller
class HomeController {

    private final EditionRepository editions;

    HomeController(EditionRepository editions) {
        this.editions = editions;
    }

    @Get
    @View("home")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, Object> home() {
        return Map.of("editions", editions.findByStateOrderByYearDesc(Edition.State.LIVE));
    }
}
