import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const res = await fetch(`https://api.example.com/posts/${params.id}`);
  return res.json();
}

export default function Post() {
  const post = useLoaderData<typeof loader>();
  return <h1>{post.title}</h1>;
}
