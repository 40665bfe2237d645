package org.edugov.org;

/** A unit in the tree view, with the number of children that decides whether it can be expanded. */
record TreeNode(OrgUnit unit, int childCount) {
}
