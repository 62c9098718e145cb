package com.cohortdesk.programme;

import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One of the programme's twelve modules, the term slots it fills and the faculty who teach it. */
@Entity
@Table(name = "programme_module")
public class ProgrammeModule extends VersionedEntity {

    @Column(nullable = false, length = 16)
    private String code = "";

    @Column(nullable = false, length = 160)
    private String title = "";

    @ElementCollection
    @CollectionTable(name = "module_slot", joinColumns = @JoinColumn(name = "module_id"))
    private Set<ModuleSlot> slots = new HashSet<>();

    /** Staff user ids of the faculty assigned to this module. */
    @ElementCollection
    @CollectionTable(name = "module_faculty", joinColumns = @JoinColumn(name = "module_id"))
    @Column(name = "staff_user_id")
    private Set<Long> facultyIds = new HashSet<>();

    protected ProgrammeModule() {}

    public ProgrammeModule(String code, String title, List<ModuleSlot> slots) {
        this.code = code;
        this.title = title;
        this.slots.addAll(slots);
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public List<ModuleSlot> getSlots() {
        return slots.stream()
                .sorted(Comparator.comparingInt(ModuleSlot::getTerm))
                .toList();
    }

    public Set<Long> getFacultyIds() {
        return Set.copyOf(facultyIds);
    }

    public void assignFaculty(long staffUserId) {
        facultyIds.add(staffUserId);
    }

    /** Returns whether the member of staff taught the module. */
    public boolean unassignFaculty(long staffUserId) {
        return facultyIds.remove(staffUserId);
    }

    public ModuleDefinition toDefinition() {
        return new ModuleDefinition(
                code, title, slots.stream().map(ModuleSlot::toDefinition).toList());
    }
}
