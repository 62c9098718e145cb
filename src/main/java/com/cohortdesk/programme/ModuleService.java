package com.cohortdesk.programme;

import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.shared.RuleViolation;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module catalogue and faculty assignments. */
@Service
public class ModuleService {

    private final ModuleRepository modules;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ModuleService(
            ModuleRepository modules, StaffService staff, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.modules = modules;
        this.staff = staff;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<ModuleSummary> listModules() {
        return summarise(modules.findAllWithSlots());
    }

    /** The modules the signed-in member of staff teaches. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<ModuleSummary> myModules() {
        return summarise(modules.findTaughtBy(currentUser.require().getStaffId()));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countModules() {
        return modules.count();
    }

    /** The catalogue's problems against the programme rules, in words; empty when it is valid. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<String> checkCatalogue() {
        return ProgrammeRules.check(modules.findAllWithSlots().stream()
                .map(ProgrammeModule::toDefinition)
                .toList());
    }

    /** Creates the catalogue from definitions that pass the programme rules, all or nothing. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public List<ModuleSummary> createCatalogue(Collection<ModuleDefinition> definitions) {
        var problems = ProgrammeRules.check(definitions);
        if (!problems.isEmpty()) throw new RuleViolation(String.join(" ", problems));
        var saved = modules.saveAll(definitions.stream()
                .map(d -> new ProgrammeModule(
                        d.code(),
                        d.title(),
                        d.slots().stream()
                                .map(s -> new ModuleSlot(s.term(), s.part(), s.ects()))
                                .toList()))
                .toList());
        return summarise(saved);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void assignFaculty(String moduleCode, long staffUserId) {
        var module = modules.findByCode(moduleCode)
                .orElseThrow(() -> new RuleViolation("There is no module " + moduleCode + "."));
        module.assignFaculty(staffUserId);
    }

    /** Staff ids of the faculty assigned to a module. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public Set<Long> facultyIds(String moduleCode) {
        return modules.findByCode(moduleCode)
                .map(ProgrammeModule::getFacultyIds)
                .orElseThrow(() -> new RuleViolation("There is no module " + moduleCode + "."));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void unassignFaculty(String moduleCode, long staffUserId) {
        var module = modules.findByCode(moduleCode)
                .orElseThrow(() -> new RuleViolation("There is no module " + moduleCode + "."));
        unassign(module, staffUserId);
    }

    /** Removes a member of staff from a module and (through {@link FacultyUnassigned}) from its open offerings. */
    private void unassign(ProgrammeModule module, long staffUserId) {
        if (module.unassignFaculty(staffUserId))
            events.publishEvent(new FacultyUnassigned(module.getCode(), staffUserId));
    }

    /** The codes of the modules a member of staff teaches. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public Set<String> moduleCodesOf(long staffUserId) {
        return modules.findTaughtBy(staffUserId).stream()
                .map(ProgrammeModule::getCode)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Makes a member of staff teach exactly the given modules (assigning and unassigning as needed). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setModulesOf(long staffUserId, Set<String> moduleCodes) {
        var all = modules.findAllWithSlots();
        var unknown = new TreeSet<>(moduleCodes);
        all.forEach(m -> unknown.remove(m.getCode()));
        if (!unknown.isEmpty()) throw new RuleViolation("There is no module " + String.join(", ", unknown) + ".");
        for (var module : all) {
            if (moduleCodes.contains(module.getCode())) module.assignFaculty(staffUserId);
            else unassign(module, staffUserId);
        }
    }

    private List<ModuleSummary> summarise(List<ProgrammeModule> list) {
        var ids = new HashSet<Long>();
        list.forEach(m -> ids.addAll(m.getFacultyIds()));
        Map<Long, String> names = staff.displayNames(ids);
        return list.stream()
                .map(m -> {
                    var definition = m.toDefinition();
                    var faculty = m.getFacultyIds().stream()
                            .map(id -> names.getOrDefault(id, "#" + id))
                            .sorted()
                            .toList();
                    return new ModuleSummary(
                            m.getId(), m.getCode(), m.getTitle(), definition.slots(), definition.ects(), faculty);
                })
                .toList();
    }
}
