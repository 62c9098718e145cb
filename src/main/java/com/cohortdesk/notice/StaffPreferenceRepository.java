package com.cohortdesk.notice;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffPreferenceRepository extends JpaRepository<StaffNoticePreference, Long> {}
