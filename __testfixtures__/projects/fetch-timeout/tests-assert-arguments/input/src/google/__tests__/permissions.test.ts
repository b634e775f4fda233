import { expect, it, vi } from "vitest";
import { checkPermissions } from "../permissions";

it("asks Google for the token's scopes", async () => {
  global.fetch = vi.fn().mockResolvedValue({ ok: true });
  await checkPermissions("token-1");
  expect(global.fetch).toHaveBeenCalledWith("https://oauth2.googleapis.com/tokeninfo?access_token=token-1");
});
