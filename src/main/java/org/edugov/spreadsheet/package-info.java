/**
 * Reading uploaded spreadsheets row by row (streaming, checked for type and size) and writing import
 * templates and error workbooks. Used by every module that imports from Excel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheets", allowedDependencies = "shared")
package org.edugov.spreadsheet;
