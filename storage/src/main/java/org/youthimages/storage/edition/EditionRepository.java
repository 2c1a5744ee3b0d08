package org.youthimages.storage.edition;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.youthimages.storage.decision.Refused;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EditionRepository extends CrudRepository<Edition, Long> {

    Optional<Edition> findBySlug(String slug);

    List<Edition> findAllOrderByYearDescAndNameAsc();

    List<Edition> findByStateOrderByYearDesc(Edition.State state);

    boolean existsByDemoTrue();

    /** The edition, or a refusal an organiser's screen can explain when it is gone. */
    default Edition require(long id) {
        return findById(id).orElseThrow(() -> new Refused("noEdition", "No edition " + id, id));
    }
}
