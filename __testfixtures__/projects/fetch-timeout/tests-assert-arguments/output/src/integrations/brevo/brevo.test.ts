import { expect, test, vi } from "vitest";
import { createContact } from "./brevo";

test("creates the contact", async () => {
  const fetchMock = vi.fn().mockResolvedValue({ status: 201 });
  vi.stubGlobal("fetch", fetchMock);
  await expect(createContact("a@b.c")).resolves.toBe(true);
  expect(fetchMock).toHaveBeenCalledWith(
    "https://api.brevo.com/v3/contacts",
    expect.objectContaining({ method: "POST" }),
  );
});
