package org.zongzhi.casehandling.directory;

/** How many rows each directory table holds. */
public record DirectoryCounts(long centres, long units, long roles, long people, long personRoles) {
}
