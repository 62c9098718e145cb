package com.cohortdesk.session;

import org.springframework.data.jpa.repository.JpaRepository;

interface LiveSessionRepository extends JpaRepository<LiveSession, Long> {}
