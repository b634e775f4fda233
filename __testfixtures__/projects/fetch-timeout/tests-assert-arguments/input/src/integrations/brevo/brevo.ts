export const createContact = async (email: string) => {
  const res = await fetch("https://api.brevo.com/v3/contacts", {
    method: "POST",
    headers: { accept: "application/json" },
  });
  return res.status === 201;
};
