/**
 * Value types shared by every module: no beans, no Spring, no database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.edugov.shared;
