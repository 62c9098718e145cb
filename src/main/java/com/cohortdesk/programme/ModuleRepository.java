package com.cohortdesk.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleRepository extends JpaRepository<ProgrammeModule, Long> {

    Optional<ProgrammeModule> findByCode(String code);

    @Query("select distinct m from ProgrammeModule m left join fetch m.slots order by m.code")
    List<ProgrammeModule> findAllWithSlots();

    @Query(
            "select distinct m from ProgrammeModule m left join fetch m.slots where :staffId member of m.facultyIds order by m.code")
    List<ProgrammeModule> findTaughtBy(long staffId);
}
