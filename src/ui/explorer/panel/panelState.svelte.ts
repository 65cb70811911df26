// Which groups of the scenario panel are open, kept at module level so a group stays open when
// the page changes. Keys are "<arm key>-<group>" or a scenario-level group name.
export const openGroups = $state<Record<string, boolean>>({});

/** Whether a group is open (`initial` until the user toggles it). */
export const isOpen = (key: string, initial: boolean): boolean => openGroups[key] ?? initial;
