// Each callback catches every error itself: no promise forEach drops can reject, and forEach
// says the caller does not wait for them (rules are synchronised in the background).
async function syncRule(id: string, rule: { enabled: boolean }): Promise<void> {
  await fetch(`/rules/${id}`, { method: 'PUT', body: JSON.stringify(rule) });
}

export async function monitorRules(rules: Record<string, { enabled: boolean }>): Promise<void> {
  Object.entries(rules).forEach(async ([id, rule]) => {
    try {
      await syncRule(id, rule);
    } catch (error) {
      console.error(`Failed to synchronise rule ${id}`, error);
    }
  });
}
