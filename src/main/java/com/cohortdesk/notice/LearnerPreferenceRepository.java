package com.cohortdesk.notice;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerPreferenceRepository extends JpaRepository<LearnerNoticePreference, Long> {}
