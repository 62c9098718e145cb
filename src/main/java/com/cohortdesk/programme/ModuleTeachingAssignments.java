package com.cohortdesk.programme;

import com.cohortdesk.security.TeachingAssignments;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The modules a member of staff teaches, through the module service: the staff dialog's "Teaches modules", and the
 * staff service's assignment of a new account's modules in the transaction that creates it.
 */
@Component
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
