// The callback's catch throws again: its promise can reject, and forEach drops it.
async function syncRule(id: string, rule: { enabled: boolean }): Promise<void> {
  await fetch(`/rules/${id}`, { method: 'PUT', body: JSON.stringify(rule) });
}

export async function monitorRules(rules: Record<string, { enabled: boolean }>): Promise<void> {
  await Promise.all(Object.entries(rules).map(async ([id, rule]) => {
    try {
      await syncRule(id, rule);
    } catch (error) {
      throw new Error(`Failed to synchronise rule ${id}: ${String(error)}`);
    }
  }));
}
