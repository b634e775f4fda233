const API_BASE = 'https://api.example.com';

const defaults = {
    credentials: 'include',
    mode: 'cors'
};

export async function loadMembers(projectId: string, token: string): Promise<unknown> {
    const res = await fetch(`${API_BASE}/projects/${projectId}/members?expand=roles`);
    return res.json();
}

export async function loadProject(projectId: string, token: string): Promise<unknown> {
    const res = await fetch(`${API_BASE}/projects/${projectId}`, { headers: { authorization: token } });
    return res.json();
}

export async function loadShort(id: string): Promise<unknown> {
    return (await fetch(`/p/${id}`)).json();
}

export async function loadCommented(projectId: string): Promise<unknown> {
    const res = await fetch(`${API_BASE}/projects/${projectId}`, { cache: 'no-store' /* see ADR-12 */ });
    return res.json();
}
