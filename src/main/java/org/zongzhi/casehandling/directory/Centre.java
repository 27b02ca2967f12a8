package org.zongzhi.casehandling.directory;

/** A 综治中心 at one level (COUNTY, TOWNSHIP, VILLAGE); its code is also the place code of a matter. */
public record Centre(String code, String name, String level, String parentCode) {
}
