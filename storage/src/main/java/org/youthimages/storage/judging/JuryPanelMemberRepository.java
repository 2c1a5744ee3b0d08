package org.youthimages.storage.judging;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface JuryPanelMemberRepository extends CrudRepository<JuryPanelMember, Long> {

    List<JuryPanelMember> findByPanelId(long panelId);

    List<JuryPanelMember> findByAccountId(long accountId);
}
