package org.youthimages.storage.edition;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EditionRepository extends CrudRepository<Edition, Long> {

    Optional<Edition> findBySlug(String slug);

    List<Edition> findAllOrderByYearDescAndNameAsc();

    List<Edition> findByStateOrderByYearDesc(Edition.State state);

    boolean existsByDemoTrue();
}
