package com.cohortdesk.programme.ui;

import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.programme.ModuleSummary;
import com.cohortdesk.security.ui.TeachingAssignments;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The staff dialog's "Teaches modules", through the module service. */
@SpringComponent
class ModuleTeachingAssignments implements TeachingAssignments {

    private final ModuleService modules;

    ModuleTeachingAssignments(ModuleService modules) {
        this.modules = modules;
    }

    @Override
    public Map<String, String> moduleTitles() {
        return modules.listModules().stream().collect(Collectors.toMap(ModuleSummary::code, ModuleSummary::title));
    }

    @Override
    public Set<String> moduleCodesOf(long staffUserId) {
        return modules.moduleCodesOf(staffUserId);
    }

    @Override
    public void setModulesOf(long staffUserId, Set<String> moduleCodes) {
        modules.setModulesOf(staffUserId, moduleCodes);
    }
}
