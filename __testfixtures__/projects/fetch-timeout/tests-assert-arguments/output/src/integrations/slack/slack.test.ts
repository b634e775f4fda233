import { describe, expect, test, vi } from "vitest";
import { authorize } from "./slack";

global.fetch = vi.fn();

describe("authorize", () => {
  test("returns the auth URL", async () => {
    vi.mocked(fetch).mockResolvedValueOnce({ ok: true, json: async () => ({ data: { authUrl: "https://slack" } }) } as Response);
    await expect(authorize("w1", "https://app")).resolves.toBe("https://slack");
    expect(fetch).toHaveBeenCalledWith("https://app/api/v1/integrations/slack", {
      method: "GET",
      headers: { workspaceId: "w1" },
    });
  });
});
